"""Makes valid token secrets (sct_, 30 random base62 characters, their CRC32 in 6 more) for tokens stored straight
in SQL: writes the secrets one a line, and rows for psql's \\copy into access_token (their SHA-256, as the service
stores them). Usage: many_tokens.py <count> <seller id> <admin id> <secrets file> <rows file>"""
import hashlib
import secrets
import sys
import uuid
import zlib

BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def secret():
    random = "".join(secrets.choice(BASE62) for _ in range(30))
    checksum, digits = zlib.crc32(random.encode("ascii")), []
    for _ in range(6):
        digits.append(BASE62[checksum % 62])
        checksum //= 62
    return "sct_" + random + "".join(reversed(digits))


def main(count, seller, admin, secrets_file, rows_file):
    with open(secrets_file, "w") as out, open(rows_file, "w") as rows:
        for _ in range(int(count)):
            value = secret()
            out.write(value + "\n")
            rows.write("\t".join([str(uuid.uuid4()), seller, hashlib.sha256(value.encode("ascii")).hexdigest(),
                                  value[:8] + "…", "", "2099-01-01 00:00:00+00", "2026-01-01 00:00:00+00", admin]) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
