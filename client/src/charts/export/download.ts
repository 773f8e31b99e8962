/** Saving a chart: CSV of the numbers drawn, and SVG / PNG with title, definition and source line. */

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface Caption {
  title: string;
  definition: string;
  footer: string;
  source: string;
  /** Series colours, drawn as swatches (the on-screen legend is HTML, outside the chart's SVG). */
  legend?: { label: string; colour: string }[];
  /** Lines printed under the source (the numbered timeline events of the volume chart). */
  notes?: string[];
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Breaks text into lines of at most `max` characters, at spaces. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A standalone SVG of the chart with its caption above and footer below, so it can be pasted
 * into an article as is. `chart` is the chart's own <svg> element.
 */
export function composeSvg(chart: SVGSVGElement, caption: Caption): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const width = Math.max(360, Math.round(box.width));
  const perLine = Math.floor(width / 7.2);
  const font = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
  const text = (lines: string[], y: number, size: number, fill: string, weight = 'normal') =>
    lines
      .map(
        (l, i) =>
          `<text x="16" y="${y + i * (size + 5)}" font-size="${size}" fill="${fill}" font-weight="${weight}" ${font}>${escapeXml(l)}</text>`,
      )
      .join('');
  const titleLines = wrap(caption.title, Math.floor(width / 11));
  const defLines = wrap(caption.definition, perLine);
  const footLines = [caption.footer, caption.source, ...(caption.notes ?? [])].flatMap((line) => wrap(line, perLine));
  let y = 30;
  const head = text(titleLines, y, 18, '#111', '600');
  y += titleLines.length * 23;
  const def = text(defLines, y, 13, '#555');
  y += defLines.length * 18;
  let legend = '';
  let lx = 16;
  for (const item of caption.legend ?? []) {
    const w = 22 + item.label.length * 6.6;
    if (lx + w > width - 16) {
      lx = 16;
      y += 18;
    }
    legend += `<rect x="${lx}" y="${y - 9}" width="11" height="11" fill="${item.colour}"/>`;
    legend += `<text x="${lx + 15}" y="${y}" font-size="11" fill="#333" ${font}>${escapeXml(item.label)}</text>`;
    lx += w;
  }
  if (legend) y += 14;
  const chartY = y;
  const chartHeight = Math.round(box.height);
  // A clone placed as a nested <svg>: its own size attributes are replaced, never duplicated.
  const clone = chart.cloneNode(true) as SVGSVGElement;
  for (const attribute of ['style', 'tabindex', 'role', 'class']) clone.removeAttribute(attribute);
  clone.setAttribute('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif');
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(chartY));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(chartHeight));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${Math.round(box.width)} ${chartHeight}`);
  const body = new XMLSerializer().serializeToString(clone);
  y = chartY + chartHeight + 20;
  const foot = text(footLines, y, 12, '#555');
  const height = y + footLines.length * 17 + 8;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="#fff"/>${head}${def}${legend}${body}${foot}</svg>`;
  return { svg, width, height };
}

/** Rasterises a composed SVG at twice its size (crisp in print and on retina screens). */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas, so no PNG could be made; use SVG.');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
