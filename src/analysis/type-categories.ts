import type * as ts from 'typescript';
import type { Catalogue } from '../core/catalogue/types';
import { classifyName } from '../core/classify';
import type { TypeScript } from './analyze';
import type { Taint } from './value';

/** Two levels cover `customer.address.pincode`; deeper records are rare and the cost grows fast. */
const MAX_DEPTH = 2;

const cache = new WeakMap<ts.Type, ReadonlyArray<{ category: string; path: string }>>();

/** The categories a value's TypeScript type holds in its properties, e.g. `customer: KycRecord`. */
export function getTypeTaints(tsModule: TypeScript, checker: ts.TypeChecker, node: ts.Node, catalogue: Catalogue): Taint[] {
  const type = checker.getTypeAtLocation(node);
  const typeName = checker.typeToString(type);
  return getTypeCategories(tsModule, checker, type, catalogue, MAX_DEPTH).map(({ category, path }) => ({
    category,
    steps: [{ node, message: `its type ${typeName} has the field ${path}` }],
  }));
}

function getTypeCategories(tsModule: TypeScript, checker: ts.TypeChecker, type: ts.Type, catalogue: Catalogue, depth: number): ReadonlyArray<{ category: string; path: string }> {
  const known = cache.get(type);
  if (known !== undefined) return known;
  cache.set(type, []); // recursion guard for self-referencing types
  const result: Array<{ category: string; path: string }> = [];
  const seen = new Set<string>();
  const element = checker.getIndexTypeOfType(type, tsModule.IndexKind.Number);
  const target = element ?? type;
  if (isObjectType(tsModule, target)) {
    const context = target.getSymbol()?.getName() ?? target.aliasSymbol?.getName();
    for (const property of checker.getPropertiesOfType(target)) {
      if (property.flags & tsModule.SymbolFlags.Method) continue;
      const name = property.getName();
      const { category } = classifyName(name, catalogue, { context: context === '__type' || context === '__object' ? undefined : context });
      if (category !== null && !seen.has(category)) {
        seen.add(category);
        result.push({ category, path: name });
      }
      if (depth > 1 && property.valueDeclaration !== undefined) {
        const propertyType = checker.getTypeOfSymbolAtLocation(property, property.valueDeclaration);
        for (const nested of getTypeCategories(tsModule, checker, propertyType, catalogue, depth - 1)) {
          if (seen.has(nested.category)) continue;
          seen.add(nested.category);
          result.push({ category: nested.category, path: `${name}.${nested.path}` });
        }
      }
    }
  }
  cache.set(type, result);
  return result;
}

/** Object types the program declares; not strings, numbers, functions or library classes such as Date. */
function isObjectType(tsModule: TypeScript, type: ts.Type): boolean {
  if (!(type.flags & tsModule.TypeFlags.Object)) return false;
  if (type.getCallSignatures().length > 0) return false;
  const declaration = type.getSymbol()?.declarations?.[0];
  if (declaration === undefined) return true;
  return !declaration.getSourceFile().isDeclarationFile;
}
