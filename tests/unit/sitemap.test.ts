import { describe, expect, it } from 'vitest';
import { sitemapIndex, urlsets } from '../../src/lib/sitemap';

const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://example.org/articles/a-${i}/`);

describe('sitemaps within the protocol\'s limits', () => {
	it('keeps a small site in one urlset with every URL once, escaped', () => {
		const [only, ...rest] = urlsets(['https://example.org/?a=1&b=2', ...urls(3)]);
		expect(rest).toEqual([]);
		expect(only).toContain('<loc>https://example.org/?a=1&amp;b=2</loc>');
		expect(only!.match(/<url>/g)).toHaveLength(4);
	});

	it('splits by URL count, keeping order and losing none', () => {
		const files = urlsets(urls(7), { urls: 3, bytes: 1e6 });
		expect(files.map((f) => f.match(/<url>/g)!.length)).toEqual([3, 3, 1]);
		expect(files.join('').match(/a-\d+/g)).toEqual(urls(7).map((u) => /a-\d+/.exec(u)![0]));
	});

	it('splits by bytes, each file within the limit', () => {
		const limit = 600;
		const files = urlsets(urls(40), { urls: 50_000, bytes: limit });
		expect(files.length).toBeGreaterThan(1);
		for (const file of files) expect(Buffer.byteLength(file)).toBeLessThanOrEqual(limit);
		expect(files.join('').match(/<url>/g)).toHaveLength(40);
	});

	it('lists the parts in a sitemap index', () => {
		const index = sitemapIndex(['https://example.org/sitemaps/1.xml', 'https://example.org/sitemaps/2.xml']);
		expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
		expect(index.match(/<sitemap><loc>/g)).toHaveLength(2);
	});
});
