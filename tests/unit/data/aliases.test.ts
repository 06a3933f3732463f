// The search index: every atlas shape with the names and codes a reader might type for it.
import { describe, expect, test } from 'vitest';
import { searchEntries } from '../../../src/data/aliases';

const shapes = [
  { id: '048', name: 'Bahrain' },
  { id: '840', name: 'United States of America' },
  { id: '792', name: 'Turkey' },
  { id: '036', name: 'Australia' },
  { id: '036', name: 'Ashmore and Cartier Is.' },
  { id: null, name: 'Kosovo' },
  { key: 'n-cyprus', name: 'N. Cyprus' },
];
const datasetAliases = { BHR: ['Bahrein'], USA: ['America', 'USA', 'usa'], TUR: ['Türkiye'] };
const entries = searchEntries(shapes, datasetAliases);
const entry = (name: string) => entries.find((e) => e.name === name);

describe('searchEntries', () => {
  test('gives the dataset aliases, English names, alpha-2 and alpha-3 codes', () => {
    expect(entry('Bahrain')).toEqual({ key: '048', name: 'Bahrain', aliases: ['Bahrein', 'BH', 'BHR'] });
  });

  test('takes "America" for the USA from the dataset, and drops repeats whatever their case', () => {
    const aliases = entry('United States of America')?.aliases ?? [];
    expect(aliases).toContain('America');
    expect(aliases.filter((a) => a.toLowerCase() === 'usa')).toHaveLength(1);
    expect(aliases).not.toContain('United States of America');
  });

  test('never repeats the name itself', () => {
    expect(entry('Turkey')?.aliases).toEqual(['Türkiye', 'TR', 'TUR']);
  });

  test('gives shapes without an id only their name, keyed by what the map gives or the name', () => {
    expect(entry('Kosovo')).toEqual({ key: 'Kosovo', name: 'Kosovo', aliases: [] });
    expect(entry('N. Cyprus')).toEqual({ key: 'n-cyprus', name: 'N. Cyprus', aliases: [] });
  });

  test('gives a shared id’s names to its first shape only', () => {
    expect(entry('Australia')?.aliases).toEqual(expect.arrayContaining(['AU', 'AUS']));
    expect(entry('Ashmore and Cartier Is.')?.aliases).toEqual([]);
  });

  test('covers every shape, in atlas order', () => {
    expect(entries.map((e) => e.name)).toEqual(shapes.map((s) => s.name));
  });
});
