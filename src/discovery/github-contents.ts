// Files of one commit, read through GitHub's contents API (GET /repos/{owner}/{repo}/contents/{path}?ref=)
// with the guarded client of github-api.ts: on a pull request, the base commit's keybound.yml, the files
// it extends, and the files whose inline suppressions the pull request may have added (SPEC section 8).

import { createGitHubClient, failureReason, type GitHubClient, type GitHubClientOptions } from './github-api.js';

export interface GitHubContentsOptions extends GitHubClientOptions {
  /** `owner/repo`. */
  repository: string;
  /** The commit to read (a full SHA). */
  ref: string;
}

/** A file that could not be read; the message says why and quotes nothing of the answer. */
export class ContentsError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ContentsError';
  }
}

export class GitHubContents {
  private readonly client: GitHubClient;
  private readonly owner: string;
  private readonly repo: string;
  private readonly ref: string;
  private readonly cache = new Map<string, Promise<string | undefined>>();

  /** @throws KeyboundError('usage') for a malformed API URL or repository. */
  constructor(options: GitHubContentsOptions) {
    const [owner, repo, extra] = options.repository.split('/');
    if (!owner || !repo || extra !== undefined)
      throw new ContentsError(`"${options.repository}" is not a repository of the form OWNER/REPO`);
    this.client = createGitHubClient(options);
    [this.owner, this.repo, this.ref] = [owner, repo, options.ref];
  }

  /**
   * The text of `path` (relative to the repository root, `/`-separated) at the commit; undefined when
   * the commit has nothing there. Read once per path.
   * @throws ContentsError when it cannot be read, or is not a file (a folder, a symlink, a submodule).
   */
  read(path: string): Promise<string | undefined> {
    let pending = this.cache.get(path);
    if (!pending) {
      pending = this.fetch(path);
      this.cache.set(path, pending);
    }
    return pending;
  }

  private async fetch(path: string): Promise<string | undefined> {
    let data: unknown;
    try {
      ({ data } = await this.client.rest.repos.getContent({
        owner: this.owner,
        repo: this.repo,
        path,
        ref: this.ref,
      }));
    } catch (error) {
      if ((error as { status?: unknown }).status === 404) return undefined;
      throw new ContentsError(failureReason(error));
    }
    const file = data as { type?: unknown; encoding?: unknown; content?: unknown };
    if (Array.isArray(data) || file.type !== 'file')
      throw new ContentsError(`${path} is not a file at ${this.short()}`);
    if (file.encoding !== 'base64' || typeof file.content !== 'string')
      throw new ContentsError(`${path} at ${this.short()} is too large for the contents API`);
    return Buffer.from(file.content, 'base64').toString('utf8');
  }

  private short(): string {
    return `commit ${this.ref.slice(0, 12)}`;
  }
}
