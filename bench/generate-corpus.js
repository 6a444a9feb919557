'use strict';
// Writes a synthetic but realistic service tree (Express handlers, services, typed records,
// loggers, ORM writes, HTTP calls) for the benchmark. Deterministic: the same N gives the same tree.
const { mkdirSync, writeFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

function generateCorpus(dir, modules) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'lib'), { recursive: true });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', esModuleInterop: true, skipLibCheck: true, noEmit: true }, include: ['src/**/*'] }, null, 2));
  writeFileSync(join(dir, 'src', 'ambient.d.ts'), ["declare module 'express';", "declare module 'winston';", "declare module 'axios';", "declare module '@prisma/client';", ''].join('\n'));
  writeFileSync(join(dir, 'src', 'lib', 'logger.ts'), "import winston from 'winston';\nexport const logger = winston.createLogger({ level: 'info' });\n");
  writeFileSync(join(dir, 'src', 'lib', 'db.ts'), "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n");
  writeFileSync(join(dir, 'minimise.yaml'), [
    'version: 1', 'purposes:', '  onboarding:', '    data: [user.name, user.contact.email, user.government_id.pan]', '    actions: [collect, store, transmit]', '    paths: ["src/**"]', '',
  ].join('\n'));
  for (let i = 0; i < modules; i++) {
    const m = join(dir, 'src', `module${i}`);
    mkdirSync(m, { recursive: true });
    writeFileSync(join(m, 'types.ts'), `export interface Customer${i} {\n  id: string;\n  fullName: string;\n  email: string;\n  pan: string;\n  address: { city: string; pincode: string };\n  createdAt: Date;\n  orderCount: number;\n}\n\nexport interface Order${i} {\n  id: string;\n  total: number;\n  items: Array<{ sku: string; quantity: number; price: number }>;\n}\n`);
    writeFileSync(join(m, 'service.ts'), `import axios from 'axios';
import { prisma } from '../lib/db';
import { logger } from '../lib/logger';
import type { Customer${i}, Order${i} } from './types';

const api = axios.create({ baseURL: 'https://api.partner${i % 7}.example.in' });

export function formatTotal${i}(order: Order${i}): string {
  const total = order.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  return total.toFixed(2);
}

export async function saveCustomer${i}(customer: Customer${i}): Promise<void> {
  await prisma.customer.create({ data: { id: customer.id, fullName: customer.fullName, email: customer.email } });
  logger.info('saved customer', customer.id);
}

export async function notify${i}(customer: Customer${i}, order: Order${i}): Promise<void> {
  const summary = { orderId: order.id, total: formatTotal${i}(order), city: customer.address.city };
  await api.post('/notify', summary);
  logger.info(\`order \${order.id} for \${customer.fullName}\`);
}

export function describe${i}(customer: Customer${i}): string {
  const parts = [customer.fullName, customer.address.city].filter((p) => p.length > 0);
  return parts.join(', ') + ' (' + customer.orderCount + ' orders)';
}
`);
    writeFileSync(join(m, 'routes.ts'), `import express from 'express';
import { saveCustomer${i}, notify${i}, describe${i} } from './service';
import type { Customer${i} } from './types';

export const router${i} = express.Router();

router${i}.post('/customers${i}', async (req: any, res: any) => {
  const { fullName, email, pan } = req.body;
  const customer: Customer${i} = { id: String(Date.now()), fullName, email, pan, address: req.body.address, createdAt: new Date(), orderCount: 0 };
  await saveCustomer${i}(customer);
  await notify${i}(customer, { id: 'o-${i}', total: 0, items: [] });
  res.status(201).json({ id: customer.id, label: describe${i}(customer) });
});
`);
  }
}

module.exports = { generateCorpus };
