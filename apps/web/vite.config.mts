import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
/** Where `npm run dev:web` sends the API's requests: `npm start` on this machine unless told otherwise. */
const api = process.env.SAMVERKAN_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: here,
  // Relative asset paths: the same build is served at / and below it, and routes live in the hash.
  base: './',
  publicDir: false,
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)), emptyOutDir: true },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '/dev-tokens': { target: api },
    },
  },
});
