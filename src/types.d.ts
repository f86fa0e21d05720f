/** Set by build.mjs (esbuild define) and jest.config.cjs: the package version. */
declare const __VERSION__: string;
