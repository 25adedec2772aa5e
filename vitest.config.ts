import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The CLI tests start real processes, which takes a few seconds each on a 2-core machine.
    testTimeout: 30_000,
    environmentOptions: {
      // Hostile fixtures name remote frames and scripts; a DOM under test must never fetch them.
      happyDOM: {
        settings: {
          disableIframePageLoading: true,
          disableJavaScriptFileLoading: true,
          disableJavaScriptEvaluation: true,
          disableCSSFileLoading: true,
          navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
        },
      },
    },
  },
});
