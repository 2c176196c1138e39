// A local fake of GitHub's contents API (GET /repos/{owner}/{repo}/contents/{path}?ref=) serving the files
// of one commit, each answer validated against GitHub's own API description; anything else is a 404.
import { componentErrors, responseErrors } from './github-openapi.js';
import { startFakeProvider, type FakeProvider } from './fake-provider.js';

const CONTENTS = '/repos/{owner}/{repo}/contents/{path}';

/** `files` (repository path -> text) of `repository` at commit `ref`. */
export async function startFakeContents(
  repository: string,
  ref: string,
  files: Record<string, string>,
): Promise<FakeProvider> {
  const prefix = `/repos/${repository}/contents/`;
  return startFakeProvider((request) => {
    const url = new URL(request.path, 'http://fake');
    const path = url.pathname.startsWith(prefix) ? decodeURIComponent(url.pathname.slice(prefix.length)) : '';
    const text = files[path];
    const answer =
      request.method !== 'GET' || url.searchParams.get('ref') !== ref || text === undefined
        ? { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } }
        : { status: 200, body: contentFile(repository, ref, path, text) };
    const errors =
      answer.status === 200
        ? responseErrors('GET', CONTENTS, 200, answer.body)
        : componentErrors('basic-error', answer.body);
    if (errors) throw new Error(`fixture does not match GitHub's description: ${errors}`);
    return answer;
  });
}

function contentFile(repository: string, ref: string, path: string, text: string) {
  const sha = 'd'.repeat(40);
  const url = `https://api.github.com/repos/${repository}/contents/${path}?ref=${ref}`;
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(text),
    name: path.split('/').pop(),
    path,
    content: Buffer.from(text).toString('base64'),
    sha,
    url,
    git_url: `https://api.github.com/repos/${repository}/git/blobs/${sha}`,
    html_url: `https://github.com/${repository}/blob/${ref}/${path}`,
    download_url: `https://raw.githubusercontent.com/${repository}/${ref}/${path}`,
    _links: { self: url, git: null, html: null },
  };
}
