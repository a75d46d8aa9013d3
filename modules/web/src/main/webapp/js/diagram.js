// Draws a BPMN model as SVG from its diagram interchange (BPMNDI) data, with the steps a case is waiting in
// highlighted. No library: shapes are boxes, circles and diamonds at the positions the modeller saved.

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function wrap(text, width) {
  const words = (text || '').split(/\s+/).filter(Boolean);
  const lines = [];
  let line = '';
  const max = Math.max(6, Math.floor(width / 6.2));
  for (const word of words) {
    if ((line + ' ' + word).trim().length > max && line) { lines.push(line); line = word; } else { line = (line + ' ' + word).trim(); }
  }
  if (line) lines.push(line);
  return lines.slice(0, 4);
}

// Renders into `container`; returns the active steps as {id, name}.
export function renderDiagram(container, xml, activeIds = []) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const elements = new Map();
  for (const node of doc.getElementsByTagNameNS('*', '*')) {
    const id = node.getAttribute && node.getAttribute('id');
    if (id) elements.set(id, node);
  }
  const shapes = [...doc.getElementsByTagNameNS('*', 'BPMNShape')];
  const edges = [...doc.getElementsByTagNameNS('*', 'BPMNEdge')];
  let maxX = 0; let maxY = 0;
  const graphic = svg('g');
  const active = new Set(activeIds);
  const activeNames = [];
  const activeSteps = [];
  // containers first (sub processes), then flows, then the other shapes on top
  const ordered = shapes.slice().sort((a, b) => {
    const sub = s => (elements.get(s.getAttribute('bpmnElement'))?.localName === 'subProcess' ? 0 : 1);
    return sub(a) - sub(b);
  });
  const flows = svg('g');
  for (const edge of edges) {
    const points = [...edge.getElementsByTagNameNS('*', 'waypoint')].map(p => p.getAttribute('x') + ',' + p.getAttribute('y'));
    if (points.length > 1) flows.append(svg('polyline', { points: points.join(' '), fill: 'none', stroke: '#696969', 'stroke-width': 1.5, 'marker-end': 'url(#pijl)' }));
  }
  const defs = svg('defs');
  const marker = svg('marker', { id: 'pijl', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto' });
  marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#696969' }));
  defs.append(marker);
  let flowsAdded = false;
  for (const shape of ordered) {
    const id = shape.getAttribute('bpmnElement');
    const element = elements.get(id);
    const bounds = shape.getElementsByTagNameNS('*', 'Bounds')[0];
    if (!element || !bounds) continue;
    const x = +bounds.getAttribute('x'); const y = +bounds.getAttribute('y');
    const w = +bounds.getAttribute('width'); const h = +bounds.getAttribute('height');
    maxX = Math.max(maxX, x + w); maxY = Math.max(maxY, y + h);
    const kind = element.localName;
    const name = element.getAttribute('name') || '';
    const isActive = active.has(id);
    if (isActive) { activeNames.push(name || id); activeSteps.push({ id, name: name || id }); }
    const stroke = isActive ? '#e17000' : '#154273';
    const fill = isActive ? '#fff4e0' : '#ffffff';
    const width = isActive ? 4 : 1.5;
    const g = svg('g');
    g.append(svg('title', {}, name || id));
    if (kind === 'subProcess') {
      g.append(svg('rect', { x, y, width: w, height: h, rx: 10, fill: '#f7f9fc', stroke, 'stroke-width': width, 'stroke-dasharray': '6 3' }));
      g.append(svg('text', { x: x + 8, y: y + 16, 'font-size': 12, fill: '#154273' }, name));
      graphic.append(g);
      continue;
    }
    if (!flowsAdded) { graphic.append(flows); flowsAdded = true; }
    if (kind.endsWith('Event')) {
      const r = Math.min(w, h) / 2;
      g.append(svg('circle', { cx: x + r, cy: y + r, r, fill, stroke, 'stroke-width': kind === 'endEvent' ? 3.5 : width }));
      if (name) wrap(name, 110).forEach((line, i) => g.append(svg('text', { x: x + r, y: y + h + 14 + i * 13, 'font-size': 11, 'text-anchor': 'middle', fill: '#1a1a1a' }, line)));
    } else if (kind.endsWith('Gateway')) {
      const cx = x + w / 2; const cy = y + h / 2;
      g.append(svg('polygon', { points: `${cx},${y} ${x + w},${cy} ${cx},${y + h} ${x},${cy}`, fill, stroke, 'stroke-width': width }));
      g.append(svg('text', { x: cx, y: cy + 5, 'font-size': 14, 'text-anchor': 'middle', fill: stroke }, kind === 'parallelGateway' ? '+' : '×'));
      if (name) wrap(name, 120).forEach((line, i) => g.append(svg('text', { x: cx, y: y + h + 14 + i * 13, 'font-size': 11, 'text-anchor': 'middle', fill: '#1a1a1a' }, line)));
    } else {
      g.append(svg('rect', { x, y, width: w, height: h, rx: 8, fill, stroke, 'stroke-width': width }));
      const lines = wrap(name || id, w - 8);
      lines.forEach((line, i) => g.append(svg('text', { x: x + w / 2, y: y + h / 2 - (lines.length - 1) * 6.5 + i * 13 + 4, 'font-size': 11, 'text-anchor': 'middle', fill: '#1a1a1a' }, line)));
    }
    graphic.append(g);
  }
  if (!flowsAdded) graphic.append(flows);
  const label = activeNames.length ? 'Procesdiagram; huidige stap: ' + activeNames.join(', ') : 'Procesdiagram; het proces is afgerond';
  const root = svg('svg', { viewBox: `0 0 ${maxX + 20} ${maxY + 40}`, width: '100%', role: 'img', 'aria-label': label, class: 'diagram', 'font-family': 'Verdana, Arial, sans-serif' });
  root.append(defs, graphic);
  container.replaceChildren(root);
  return activeSteps;
}
