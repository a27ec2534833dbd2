"""Prints what a JFR recording says about where the time went: top frames, top packages (inclusive) and GCs."""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
samples = subprocess.run(["jfr", "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample", recording],
                         capture_output=True, text=True, check=True).stdout
top, inclusive, total = collections.Counter(), collections.Counter(), 0
GROUPS = [("our code", "io.sellercenter."), ("micronaut-security", "io.micronaut.security."),
          ("micrometer", "io.micrometer."), ("logback", "ch.qos.logback."), ("caffeine", "com.github.benmanes."),
          ("netty", "io.netty."), ("micronaut http/router", "io.micronaut.http."),
          ("micronaut serde/jackson", "io.micronaut.serde."), ("reactor", "reactor."),
          ("SecureRandom/UUID", "sun.security.provider.SecureRandom"), ("SHA-256", "sun.security.provider.SHA2")]
for event in samples.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    if not frames:
        continue
    total += 1
    top[frames[0]] += 1
    for label, prefix in GROUPS:
        if any(frame.startswith(prefix) for frame in frames):
            inclusive[label] += 1
print("execution samples: %d" % total)
print("top frames (self):")
for frame, count in top.most_common(12):
    print("  %5.1f%%  %s" % (100.0 * count / total, frame))
print("in the stack (inclusive):")
for label, count in inclusive.most_common():
    print("  %5.1f%%  %s" % (100.0 * count / total, label))
if len(sys.argv) > 2:
    classes = collections.Counter()
    for event in samples.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
        for cls in {frame.rsplit(".", 1)[0] for frame in frames}:
            if cls.startswith(tuple(sys.argv[2:])):
                classes[cls] += 1
    print("classes in the stack (inclusive):")
    for cls, count in classes.most_common(40):
        print("  %5.1f%%  %s" % (100.0 * count / total, cls))
gcs = subprocess.run(["jfr", "summary", recording], capture_output=True, text=True, check=True).stdout
for name in ("jdk.GarbageCollection", "jdk.YoungGarbageCollection", "jdk.OldGarbageCollection"):
    match = re.search(r"^\s*%s\s+(\d+)" % re.escape(name), gcs, re.M)
    print("%s: %s" % (name, match.group(1) if match else "0"))
