/** Prints the current TOTP code for a base32 secret (default: the demo staff secret). */
import { createOTP } from '@better-auth/utils/otp';
import { base32 } from '@better-auth/utils/base32';
import { DEMO_TOTP_SECRET } from '#lib/server/demo/demo.seed';

const secret = process.argv[2] ?? DEMO_TOTP_SECRET;
console.log(await createOTP(base32.decode(secret.toUpperCase())).totp());
