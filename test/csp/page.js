// Reports what each element rendered in window.__result.

const count = (id, selector) => document.getElementById(id)?.shadowRoot?.querySelectorAll(selector).length ?? 0;
const deadline = Date.now() + 15000;
for (;;) {
  const result = {
    steps: count('diagram', '[part~="step"]'),
    dimmed: count('diagram', '[part~="dimmed"]'),
    cells: count('matrix', '[part~="cell"]'),
    engaged: count('matrix', '[part~="engaged"]'),
    gridCells: count('grid', '[part~="cell"]'),
    events: count('timeline', '[part~="event"]'),
    breaches: count('timeline', '[part~="breach"]'),
    errorPanels: count('invalid', '[part~="error"]'),
  };
  const ready = Object.values(result).every((n) => n > 0);
  if (ready || Date.now() > deadline) {
    window.__result = { ...result, ready };
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}
