/**
 * Chevrotain 13 checks grammars with `Object.groupBy` (Node 21+), but VS Code 1.96's extension
 * host and our minimum Node (20.19) lack it. This adds the standard behaviour when it is missing,
 * and only then. Import it before the first parser is constructed.
 */
type GroupBy = <T>(items: Iterable<T>, keyOf: (item: T, index: number) => PropertyKey) => Record<PropertyKey, T[]>;

const objectWithGroupBy = Object as ObjectConstructor & { groupBy?: GroupBy };

if (typeof objectWithGroupBy.groupBy !== 'function') {
  const groupBy: GroupBy = (items, keyOf) => {
    const groups = Object.create(null) as Record<PropertyKey, never[]>;
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      ((groups[key] ??= []) as unknown[]).push(item);
    }
    return groups;
  };
  Object.defineProperty(Object, 'groupBy', { value: groupBy, writable: true, configurable: true });
}

export {};
