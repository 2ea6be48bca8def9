import type { CitizenSummary } from '#domain';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A printable A4 page with everything inline: no scripts, images, fonts or other external assets. */
export function renderCitizenSummaryHtml(summary: CitizenSummary): string {
  const items = summary.items
    .map(
      (item) => `<section>
<h2>${escape(item.agencyName)}</h2>
<p class="ref">Uw nummer: <strong>${escape(item.reference)}</strong></p>
<p>Over: ${escape(item.topicName)}</p>
<p>${escape(item.nextStep)}</p>
${item.whatToBring.length ? `<p>Neem mee of leg klaar:</p>\n<ul>${item.whatToBring.map((w) => `<li>${escape(w)}</li>`).join('')}</ul>` : ''}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(summary.title)}</title>
<style>
@page { size: A4; margin: 18mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 12pt; line-height: 1.5; color: #000; max-width: 42em; margin: 0 auto; }
h1 { font-size: 20pt; margin: 0 0 .5em; }
h2 { font-size: 14pt; margin: 0 0 .25em; }
section { border-top: 1px solid #000; padding: .5em 0; break-inside: avoid; }
.ref strong { font-size: 14pt; letter-spacing: .05em; }
</style>
</head>
<body>
<h1>${escape(summary.title)}</h1>
<p>${escape(summary.intro)}</p>
${items}
<p>${escape(summary.closing)}</p>
</body>
</html>
`;
}
