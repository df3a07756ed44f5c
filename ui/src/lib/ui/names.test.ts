// The UI writes a name as core does: both are held to the same cases (core: model/name.rs).
import { describe, expect, it } from 'vitest';
import cases from '../../../../crates/core/tests/data/names.json';
import type { NameOrder } from '../bindings/NameOrder';
import { fullName, speakerName } from './format';

describe('a name', () => {
  it.each(cases)('is written in its own order: $shown', (c) => {
    const person = { ...c, name_order: c.name_order as NameOrder | null };
    expect(fullName(person)).toBe(c.full);
    expect(speakerName(person)).toBe(c.shown);
  });
});
