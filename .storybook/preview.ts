import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

interface Member {
  name: string;
  privacy?: string;
  static?: boolean;
}
interface Manifest {
  modules: { declarations?: { members?: Member[]; cssParts?: { name: string }[] }[] }[];
}

/**
 * What the docs pages show. The manifest lists private and protected members too: keep what a user can set or
 * call. Storybook keys its table by name, so a part named like an attribute (`now`, `selected`) would hide the
 * attribute: parts are listed as `::part(name)`, which is also how they are used.
 */
function publicApi(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((m) => !m.static && (m.privacy ?? 'public') === 'public'),
        cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
      })),
    })),
  };
}

// Autodocs read attributes, properties, events, slots, CSS parts and custom properties from the manifest that
// `npm run build` generates from the elements' JSDoc: one source for the docs, IDEs and Storybook.
setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    docs: { toc: true },
  },
};

export default preview;
