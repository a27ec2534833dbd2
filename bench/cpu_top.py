"""Reads the collapsed stacks of bench/cpu-profile.sh (thread name first, then frames from the root, then a count)
and prints, for a node and the bare app, the CPU by thread group and where the node's threads spend it.
Usage: cpu_top.py load <interval> <node> <bare> <node requests> <bare requests> | start <interval> <node> <bare>"""
import collections
import re
import sys

LIBRARIES = [("kernel", r"_\[k\]$"), ("our code", r"^io\.sellercenter\."), ("netty", r"^io\.netty\."),
             ("micronaut http", r"^io\.micronaut\.http\."), ("micronaut security", r"^io\.micronaut\.security\."),
             ("micronaut context", r"^io\.micronaut\.(context|inject|core)\."),
             ("micronaut data", r"^io\.micronaut\.data\."), ("flyway", r"^org\.flywaydb\."),
             ("jackson databind", r"^com\.fasterxml\.jackson\.databind\."), ("hikari", r"^com\.zaxxer\."),
             ("postgresql driver", r"^org\.postgresql\."), ("caffeine", r"^com\.github\.benmanes\."),
             ("logback", r"^ch\.qos\.logback\."), ("micrometer", r"^io\.micrometer\."),
             ("class loading", r"^(java\.lang\.ClassLoader\.(loadClass|defineClass)|SystemDictionary::)"),
             ("jar reading", r"^(java\.util\.zip\.|java\.util\.jar\.)"), ("interpreted", r"^Interpreter$")]


def unit_us(interval):
    number, unit = re.fullmatch(r"(\d+)(ns|us|ms|s)?", interval).groups()
    return int(number) * {"ns": 0.001, "us": 1, "ms": 1000, "s": 1000000, None: 0.001}[unit]


def group_of(thread):
    name = re.sub(r"[-#0-9 ]*tid=\d+\]$", "", thread.lstrip("["))
    if "eventLoopGroup" in name:
        return "event loops"
    if "CompilerThre" in name:
        return "JIT compilers"
    if name.startswith(("GC Thread", "G1 ")):
        return "garbage collector"
    if name in ("DestroyJavaVM", "main"):
        return "main"
    return "other threads"


def read(path):
    stacks = []
    for line in open(path):
        frames, _, count = line.rstrip("\n").rpartition(" ")
        frames = frames.split(";")
        stacks.append((group_of(frames[0]), [frame.replace("/", ".") for frame in frames[1:]], int(count)))
    return stacks


def by_group(stacks):
    groups = collections.Counter()
    for group, _, count in stacks:
        groups[group] += count
    return groups


def libraries(stacks, group):
    total, inclusive, leaves = 0, collections.Counter(), collections.Counter()
    for each, frames, count in stacks:
        if each != group or not frames:
            continue
        total += count
        leaves[frames[-1]] += count
        for label, pattern in LIBRARIES:
            if any(re.search(pattern, frame) for frame in frames):
                inclusive[label] += count
    return max(total, 1), inclusive, leaves


def show(title, stacks, group, top):
    total, inclusive, leaves = libraries(stacks, group)
    print("%s: in the stack (inclusive)" % title)
    for label, count in inclusive.most_common():
        print("  %5.1f%%  %s" % (100.0 * count / total, label))
    print("%s: top frames (self)" % title)
    for frame, count in leaves.most_common(top):
        print("  %5.1f%%  %s" % (100.0 * count / total, frame[:110]))


kind, interval = sys.argv[1], unit_us(sys.argv[2])
node, bare = read(sys.argv[3]), read(sys.argv[4])
node_groups, bare_groups = by_group(node), by_group(bare)
if kind == "load":
    node_requests, bare_requests = int(sys.argv[5]), int(sys.argv[6])
    print("CPU µs a request, by thread group: node / bare app")
    for group in sorted(set(node_groups) | set(bare_groups), key=lambda g: -node_groups[g]):
        print("  %-18s %7.2f / %7.2f" % (group, node_groups[group] * interval / node_requests,
                                           bare_groups[group] * interval / bare_requests))
    print("  %-18s %7.2f / %7.2f" % ("all", sum(node_groups.values()) * interval / node_requests,
                                       sum(bare_groups.values()) * interval / bare_requests))
    show("node's event loops", node, "event loops", 25)
    show("bare app's event loops", bare, "event loops", 10)
else:
    print("CPU ms from launch to the first 200, by thread group: node / bare app")
    for group in sorted(set(node_groups) | set(bare_groups), key=lambda g: -node_groups[g]):
        print("  %-18s %6.0f / %6.0f" % (group, node_groups[group] * interval / 1000,
                                         bare_groups[group] * interval / 1000))
    show("node's main thread", node, "main", 20)
    show("bare app's main thread", bare, "main", 10)
