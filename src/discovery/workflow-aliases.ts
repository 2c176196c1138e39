// Alias resolution for the workflow walk, charged to the same budget as core's AliasBudget but O(1) per
// step. NOTE: `Alias.resolve(doc)` (which AliasBudget calls) re-visits the whole document on every call;
// measured at ~400 s for 3000 aliases in a 2.8 MB workflow, so the anchors are indexed once here.

import { type Alias, type Document, isAlias, type Node, visit } from 'yaml';
import { MAX_ALIAS_DEREFERENCES, YamlBudgetError } from '../core/yaml.js';

/** Follows aliases within one document, throwing `YamlBudgetError` once the budget is spent. */
export class AliasIndex {
  private readonly targets = new Map<Alias, Node | undefined>();
  private remaining: number;
  /** The last alias followed: where a spent budget is reported. */
  lastAlias: Alias | undefined;
  /** Aliases with no anchor before them (the parser accepts them; GitHub does not). */
  readonly unresolved: Alias[] = [];

  constructor(doc: Document, limit = MAX_ALIAS_DEREFERENCES) {
    this.remaining = limit;
    // Same rule as `Alias.resolve`: the last node with the anchor that precedes the alias in document order.
    const anchored = new Map<string, Node>();
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) {
          this.targets.set(node, anchored.get(node.source));
          if (!anchored.has(node.source)) this.unresolved.push(node);
        } else if (node.anchor) anchored.set(node.anchor, node);
      },
    });
  }

  /** The node an alias (or chain of aliases) names; any other value is returned as it is. */
  resolve(node: unknown): unknown {
    let current = node;
    for (let hops = 0; isAlias(current); hops++) {
      if (--this.remaining < 0 || hops > 100) throw new YamlBudgetError();
      this.lastAlias = current;
      current = this.targets.get(current);
    }
    return current;
  }
}
