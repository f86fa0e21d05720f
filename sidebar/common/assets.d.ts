/** esbuild inlines imported CSS into the sidebar's HTML (build.mjs). */
declare module '*.css';
