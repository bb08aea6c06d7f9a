import { scrypt, timingSafeEqual } from "node:crypto";

// Password hashes as "scrypt:<salt, base64>:<64-byte key, base64>" (node:crypto's scrypt
// with its defaults: N=16384, r=8, p=1).
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [scheme, salt, key] = (stored ?? "").split(":");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const derived = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password, Buffer.from(salt, "base64"), expected.length, (error, out) =>
      error ? reject(error) : resolve(out),
    ),
  );
  return derived.length === expected.length && timingSafeEqual(derived, expected);
}
