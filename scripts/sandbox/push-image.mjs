// Push a tiny one-layer image to the sandbox registry and print
// {"digest", "size", "mediaType"} (plus "children" for an index) as JSON.
// usage: node scripts/sandbox/push-image.mjs --repo e2e/app --tag v1
//          [--kind docker|oci|oci-index] [--children 1..4] [--content TEXT]
//          [--registry http://127.0.0.1:PORT]
// Without --registry the URL comes from $SANDBOX_DIR/sandbox.json
// (SANDBOX_DIR defaults to ./.sandbox, as for start.sh).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pushImage } from './registry-push.mjs';

const { values } = parseArgs({
  options: {
    registry: { type: 'string' },
    repo: { type: 'string' },
    tag: { type: 'string' },
    kind: { type: 'string', default: 'docker' },
    children: { type: 'string', default: '2' },
    content: { type: 'string' },
  },
});
if (!values.repo || !values.tag) {
  console.error(
    'usage: push-image.mjs --repo REPO --tag TAG [--kind docker|oci|oci-index] [--children N] [--content TEXT] [--registry URL]'
  );
  process.exit(2);
}
let registryUrl = values.registry;
if (!registryUrl) {
  const dir = resolve(process.env.SANDBOX_DIR ?? '.sandbox');
  registryUrl = JSON.parse(
    readFileSync(`${dir}/sandbox.json`, 'utf8')
  ).registryUrl;
}
try {
  const result = await pushImage({
    registryUrl,
    repo: values.repo,
    tag: values.tag,
    kind: values.kind,
    children: Number(values.children),
    content: values.content,
  });
  console.log(JSON.stringify(result));
} catch (err) {
  console.error(
    `push-image: ${err instanceof Error ? err.message : String(err)}`
  );
  process.exit(1);
}
