/**
 * Links to other stories are page furniture, not the article: the list under "Trending on …", "Most read" or
 * "Related stories", and link labels such as "RELATED: …". Their numbers are never the article's figures.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze/index.js';

const figures = (text: string): string[] => analyzeArticle('t.txt', text).figures.map((f) => f.text);

describe('teaser blocks and link labels', () => {
  it('reads the list under a trending or most-read heading as furniture', () => {
    const text = 'Council delays bin contract\n\nThe council delayed the £12 million bin contract on Monday.\n\nTrending on Harbour Daily\n1. Seven gadgets under £20\n2. Why 3 in 4 renters move each year\n\nMost read\n- 10 walks for autumn\n';
    const a = analyzeArticle('t.txt', text);
    expect(figures(text)).toEqual(['£12 million']);
    expect(a.lineRoles.slice(4, 7)).toEqual(['furniture', 'furniture', 'furniture']);
  });
  it('keeps the article\'s own bullets, which follow no teaser heading', () => {
    const text = 'Budget in brief\n\nThe key points:\n- 1,200 new homes\n- 45 more buses\n';
    expect(figures(text)).toEqual(['1,200 new homes', '45 more buses']);
  });
  it('reads RELATED:, READ MORE: and SEE ALSO: lines as furniture, and a photo caption still as a caption', () => {
    expect(figures('Flood update\n\nRELATED: PHOTOS: Water main break on Douglas Avenue (14 photos)\nREAD MORE: 5 ways to save water\n')).toEqual([]);
    const a = analyzeArticle('t.txt', 'Flood update\n\nPhoto: Crews at work on Tuesday. (Ana Ruiz/Coast Press)\n');
    expect(a.lineRoles[2]).toBe('caption');
  });
});
