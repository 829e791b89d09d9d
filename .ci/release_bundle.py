"""Checks a Central Portal bundle against what Maven Central requires of a release.

Usage: release_bundle.py BUNDLE_ZIP VERSION SIGNED(true|false) UNPACK_DIR

Every published artifact has its POM, its jars (with sources and javadoc for the jar
modules), md5 and sha1 checksums that match, and a signature when SIGNED is true. Every
POM names the project, describes it and gives url, licenses, developers and scm. The
benchmark module is not published. Prints nothing and exits 0 when all holds.
"""
import hashlib
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

GROUP = "dev/backlint"
NS = {"m": "http://maven.apache.org/POM/4.0.0"}

# artifactId -> the classifiers and extensions published beside its POM
EXPECTED = {
    "backlint-parent": [],
    "backlint": ["jar", "sources.jar", "javadoc.jar", "cli.jar"],
    "backlint-maven-plugin": ["jar", "sources.jar", "javadoc.jar"],
}


def main(bundle, version, signed, unpack):
    problems = []
    with zipfile.ZipFile(bundle) as archive:
        names = set(archive.namelist())
        archive.extractall(unpack)
    root = Path(unpack)

    published = {name.split("/")[2] for name in names if name.startswith(GROUP + "/")}
    for artifact in sorted(published - EXPECTED.keys()):
        problems.append(f"{artifact} is in the bundle but is not meant to be published")

    for artifact, kinds in EXPECTED.items():
        folder = f"{GROUP}/{artifact}/{version}"
        files = [f"{folder}/{artifact}-{version}.pom"]
        for kind in kinds:
            suffix = "" if kind == "jar" else "-" + kind.rsplit(".", 1)[0]
            files.append(f"{folder}/{artifact}-{version}{suffix}.jar")
        for file in files:
            if file not in names:
                problems.append(f"missing {file}")
                continue
            content = (root / file).read_bytes()
            for algorithm in ("md5", "sha1"):
                checksum = f"{file}.{algorithm}"
                if checksum not in names:
                    problems.append(f"missing {checksum}")
                elif (root / checksum).read_text().split()[0] != hashlib.new(algorithm, content).hexdigest():
                    problems.append(f"{checksum} does not match")
            if signed and f"{file}.asc" not in names:
                problems.append(f"missing {file}.asc")
            if file.endswith("-sources.jar"):
                problems += contains(root / file, ".java", file)
            if file.endswith("-javadoc.jar"):
                problems += contains(root / file, "index.html", file)
        problems += pom_problems(root / files[0], artifact, version)

    for problem in problems:
        print(f"release bundle: {problem}", file=sys.stderr)
    return 1 if problems else 0


def contains(jar, ending, file):
    with zipfile.ZipFile(jar) as archive:
        if any(name.endswith(ending) for name in archive.namelist()):
            return []
    return [f"{file} has no {ending} file"]


def pom_problems(pom, artifact, version):
    if not pom.exists():
        return []
    project = ET.parse(pom).getroot()
    problems = []

    def text(path):
        element = project.find(path, NS)
        value = element.text.strip() if element is not None and element.text else ""
        if not value or "${" in value:
            problems.append(f"{pom.name} has no resolved <{path.replace('m:', '')}>")
        return value

    if text("m:artifactId") != artifact:
        problems.append(f"{pom.name} names another artifact")
    if (project.find("m:version", NS) is not None and text("m:version") != version) or (
        project.find("m:version", NS) is None and text("m:parent/m:version") != version
    ):
        problems.append(f"{pom.name} has not version {version}")
    # name is not inherited; the rest a module may take from the parent, which is published too
    text("m:name")
    text("m:description")
    for path in ("m:url", "m:licenses/m:license/m:name", "m:licenses/m:license/m:url",
                 "m:developers/m:developer/m:name", "m:scm/m:connection",
                 "m:scm/m:developerConnection", "m:scm/m:url"):
        if project.find("m:parent", NS) is None or project.find(path, NS) is not None:
            text(path)
    return problems


if __name__ == "__main__":
    bundle_zip, release_version, is_signed, unpack_dir = sys.argv[1:5]
    sys.exit(main(bundle_zip, release_version, is_signed == "true", unpack_dir))
