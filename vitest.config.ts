import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // GitHub's workflow parser imports its JSON schemas without import attributes: let Vite load it.
    server: { deps: { inline: [/@actions\/workflow-parser/] } },
  },
});
