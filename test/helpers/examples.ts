/** The example documents shipped in `examples/`, loaded over the test server. */
export const exampleSops = [
  'classic-it-incident.sop.json',
  'enterprise-service-desk.sop.json',
  'cloud-operations.sop.json',
  'managed-service-provider.sop.json',
  'regulated-organisation.sop.json',
] as const;

export const exampleIncidents = [
  'incidents/db-outage-breach.incident.json',
  'incidents/vendor-wait-paused.incident.json',
  'incidents/weekend-business-hours.incident.json',
  'incidents/reopened.incident.json',
] as const;

export async function loadExample(name: string): Promise<unknown> {
  const response = await fetch(new URL(`../../examples/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`examples/${name}: HTTP ${response.status}`);
  return response.json();
}
