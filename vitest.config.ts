import { defineConfig } from 'vitest/config';

// Two groups: `unit` needs nothing built; `build` runs Astro on fixture content
// sets and reads the real `dist/`, so `npm test` runs it after `astro build`.
export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } },
		],
	},
});
