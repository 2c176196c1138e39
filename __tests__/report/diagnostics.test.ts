// Skipped templates are one counted line in the text and markdown reports (issue 11), while the JSON
// report keeps each; every other diagnostic is still listed on its own.

import { describe, expect, it } from 'vitest';
import type { Diagnostic, Report } from '../../src/core/types.js';
import { skippedTemplate } from '../../src/discovery/manifest-yaml.js';
import { formatJson, formatMarkdown, formatText } from '../../src/report/index.js';
import { shownDiagnostics } from '../../src/report/diagnostics.js';
import { sampleReport } from './sample.js';

const templates = Array.from({ length: 120 }, (_, i) => skippedTemplate(`charts/app${i}/templates/deploy.yaml`));
const other: Diagnostic[] = [
  { kind: 'skipped', file: '.github/workflows/x.yml', message: 'not a workflow: the top level is not a map' },
  { kind: 'notice', file: 'docker-compose.yml', message: 'env_file web.properties is not scanned' },
];

describe('shownDiagnostics', () => {
  it('counts skipped templates in one line and lists the rest', () => {
    expect(shownDiagnostics([...templates, ...other])).toEqual({
      listed: other,
      templates:
        '120 templates skipped (Go/Helm {{ }} or Jinja {% %} tags): scan the rendered files; --format json lists each',
    });
    expect(shownDiagnostics([templates[0]]).templates).toMatch(/^1 template skipped /);
    expect(shownDiagnostics(other)).toEqual({ listed: other });
  });

  it('text and markdown show one line for 120 templates; JSON keeps each', () => {
    const report: Report = { ...sampleReport(), diagnostics: [...templates, ...other] };
    const text = formatText(report, { color: false });
    expect(text.match(/templates\//g)).toBeNull();
    expect(text).toContain('  skipped  120 templates skipped (Go/Helm {{ }} or Jinja {% %} tags)');
    expect(text).toContain('not a workflow: the top level is not a map');
    const markdown = formatMarkdown(report);
    expect(markdown.match(/templates\//g)).toBeNull();
    expect(markdown).toContain('### Diagnostics (122)');
    expect(markdown).toContain('120 templates skipped');
    const json = JSON.parse(formatJson(report)) as Report;
    expect(json.diagnostics).toHaveLength(122);
  });
});
