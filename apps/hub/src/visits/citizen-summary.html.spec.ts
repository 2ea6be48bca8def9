import { describe, expect, it } from '@jest/globals';
import { renderCitizenSummaryHtml } from './citizen-summary.html.js';

describe('the printable citizen summary', () => {
  const html = renderCitizenSummaryHtml({
    title: 'Uw overzicht',
    intro: 'U bent geholpen bij <Servicepunt & Co>.',
    items: [{ reference: 'LL-001001', agencyName: 'UWV', topicName: 'WW "uitkering"', nextStep: 'UWV belt u.', whatToBring: ['<b>ID</b>'] }],
    closing: 'Bewaar dit papier.',
  });

  it('escapes every text it prints', () => {
    expect(html).toContain('&lt;Servicepunt &amp; Co&gt;');
    expect(html).toContain('WW &quot;uitkering&quot;');
    expect(html).toContain('<li>&lt;b&gt;ID&lt;/b&gt;</li>');
    expect(html).not.toContain('<b>ID</b>');
  });

  it('is one self-contained Dutch page: no scripts, links, images or remote addresses', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|https?:\/\//i);
    expect(html).toContain('@page { size: A4');
  });
});
