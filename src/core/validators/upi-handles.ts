// UPI payment-service-provider handles (the part after @ in a VPA), lower-case.
// Source: the project's KYC domain notes (§1.3.12, §1.4), which cite the apps and Presidio.
// A handle missing here makes a real VPA look like an unknown string, which is the
// safe direction for a validator: it only costs recall.
export const UPI_HANDLES: ReadonlySet<string> = new Set([
  // Google Pay
  'okhdfcbank', 'okicici', 'oksbi', 'okaxis',
  // PhonePe
  'ybl', 'ibl', 'axl',
  // Paytm (legacy @paytm, then the bank-partner handles)
  'paytm', 'ptyes', 'ptaxis', 'pthdfc', 'ptsbi',
  // Amazon Pay
  'apl', 'yapl', 'rapl',
  // BHIM
  'upi',
  // MobiKwik
  'ikwik', 'mbk',
  // Freecharge
  'freecharge',
  // WhatsApp Pay
  'waicici', 'wahdfcbank', 'waaxis',
  // Telecom wallets
  'airtel', 'jio',
  // Bank apps
  'axisbank', 'sbi', 'icici', 'hdfcbank', 'kotak', 'yesbank', 'idfcbank', 'fbl', 'indus', 'kbl', 'barodampay',
  // Fintech apps on partner banks
  'jupiteraxis', 'naviaxis', 'timecosmos',
]);

export function isKnownUpiHandle(handle: string): boolean {
  return UPI_HANDLES.has(handle.toLowerCase());
}
