/** A one-file project whose scan finds collection, logging and a no-restricted-data result, with no manifest. */
export const SIGNUP_JS = [
  'function signup(req, res) {',
  '  const { email, aadhaarNumber } = req.body;',
  "  console.log('signup', email, aadhaarNumber);",
  '  res.json({ ok: true });',
  '}',
  'module.exports = { signup };',
  '',
].join('\n');

export const BAD_MANIFEST = 'version: 1\npurposes:\n  kyc:\n    data: [user.goverment_id.pan]\n    actions: [collect]\n';
