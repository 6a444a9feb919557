import type * as ts from 'typescript';
import type { TypeScript } from './analyze';

/**
 * Mongoose's middleware that hashes a field before every save:
 *
 *   const userSchema = new Schema({ password: String });
 *   userSchema.pre('save', async function () { this.password = await bcrypt.hash(this.password, 10) });
 *
 * The field then holds what the hash leaves, as a TypeORM column that `@BeforeInsert` hashes does,
 * so declaring it in the schema stores no password.
 */
export class SchemaHooks {
  /** A storage schema's field object → the variable the schema is kept in. */
  private readonly owners = new Map<ts.Node, ts.Node>();
  /** A schema variable → the functions registered to run before it saves. */
  private readonly hooks = new Map<ts.Node, ts.Node[]>();
  /** A function → the fields of `this` it overwrites with a value that no longer carries personal data. */
  private readonly overwrites = new Map<ts.Node, Set<string>>();

  constructor(private readonly ts: TypeScript) {}

  /** `const userSchema = new Schema({…})`: the fields belong to `userSchema`. */
  addSchema(fields: ts.ObjectLiteralExpression, call: ts.Node): void {
    const declaration = call.parent;
    if (declaration !== undefined && this.ts.isVariableDeclaration(declaration) && declaration.initializer === call) this.owners.set(fields, declaration);
  }

  addHook(schema: ts.Node, fn: ts.Node): void {
    const list = this.hooks.get(schema);
    if (list === undefined) this.hooks.set(schema, [fn]);
    else if (!list.includes(fn)) list.push(fn);
  }

  addOverwrite(fn: ts.Node, field: string): void {
    const fields = this.overwrites.get(fn);
    if (fields === undefined) this.overwrites.set(fn, new Set([field]));
    else fields.add(field);
  }

  /** Whether `site`, a field's name in a schema, is one that a save hook of that schema always hashes. */
  isHashedField(site: ts.Node): boolean {
    if (this.hooks.size === 0) return false;
    const property = site.parent;
    if (property === undefined || !this.ts.isPropertyAssignment(property) && !this.ts.isShorthandPropertyAssignment(property)) return false;
    const schema = this.owners.get(property.parent);
    const hooks = schema === undefined ? undefined : this.hooks.get(schema);
    if (hooks === undefined) return false;
    const field = this.ts.isIdentifier(site) || this.ts.isStringLiteral(site) ? site.text : undefined;
    return field !== undefined && hooks.some((fn) => this.overwrites.get(fn)?.has(field) === true);
  }
}

/** Mongoose's document middleware that runs before a document is written. */
export const SAVE_HOOKS: ReadonlySet<string> = new Set(['save', 'validate']);
