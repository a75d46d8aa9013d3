// Refreshes the snapshot ui/openapi.json from which the UI's API types are generated.
//   npm run openapi:refresh                 from the application running at http://localhost:8080 (bin/start)
//   TOESLAGEN_URL=http://host:port npm run openapi:refresh
//   npm run openapi:refresh -- <file.json>  from a saved document, e.g. ../modules/web/target/openapi-live.json
//                                           (written by HostileInputIT)
// The demo profile's beheer1 reads the document (TOESLAGEN_USER / TOESLAGEN_PASSWORD to change).
// `servers` is left out (it names the port the document happened to be served on), and so are the
// ITs' probe paths /api/test-*.
import { readFile, writeFile } from 'node:fs/promises';

const file = process.argv[2];
let text;
if (file) {
  text = await readFile(file, 'utf8');
} else {
  const base = (process.env.TOESLAGEN_URL ?? 'http://localhost:8080').replace(/\/$/, '');
  const user = process.env.TOESLAGEN_USER ?? 'beheer1';
  const password = process.env.TOESLAGEN_PASSWORD ?? user;
  const response = await fetch(base + '/openapi', {
    headers: {
      Accept: 'application/json',
      Authorization: 'Basic ' + Buffer.from(user + ':' + password).toString('base64'),
    },
  });
  if (!response.ok) {
    console.error(`GET ${base}/openapi answered ${response.status}`);
    process.exit(1);
  }
  text = await response.text();
}
const doc = JSON.parse(text);
delete doc.servers;
// the ITs' own probes (modules/web/src/test/java/.../it/probe), deployed only into the test WAR
for (const path of Object.keys(doc.paths ?? {})) if (path.startsWith('/api/test-')) delete doc.paths[path];
if (Array.isArray(doc.tags)) doc.tags = doc.tags.filter((tag) => !String(tag.name).startsWith('test-'));
await writeFile(new URL('../openapi.json', import.meta.url), JSON.stringify(doc, null, 2) + '\n');
console.log(`ui/openapi.json: ${Object.keys(doc.paths ?? {}).length} paths, ${Object.keys(doc.components?.schemas ?? {}).length} schemas`);
