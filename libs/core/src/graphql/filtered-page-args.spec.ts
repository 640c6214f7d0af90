import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { FilteredPageArgs } from './filtered-page-args';
import { IsText } from './input-fields';

class NameFilter {
  @IsText(10) name: string;
}

class NamesArgs extends FilteredPageArgs(NameFilter) {}

const invalid = (plain: object) => validateSync(plainToInstance(NamesArgs, plain)).map((e) => e.property);

describe('FilteredPageArgs', () => {
  it('pages like PageArgs, with the filter optional', () => {
    expect(invalid({})).toEqual([]);
    expect(plainToInstance(NamesArgs, {}).first).toBe(50);
    expect(invalid({ first: 501 })).toEqual(['first']);
  });

  it('validates the filter as its own input', () => {
    expect(invalid({ filter: { name: 'Anna' } })).toEqual([]);
    expect(invalid({ filter: { name: '' } })).toEqual(['filter']);
  });
});
