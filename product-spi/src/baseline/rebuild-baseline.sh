#!/bin/sh
# Rebuilds the SPI baseline jar japicmp compares against: the SPI as released to the products (SPI 1.1.0, main at
# commit b9a8cea). No SPI release is in a Maven repository, so the baseline is kept here, built reproducibly: the same
# JDK (17) gives the same bytes (sha256 a60e6b45fce1923b214dfb1dc157e9c2ae3158482a46b6b04ba2719e98e646b9 with 17.0.15).
#
# When the SPI is released as a new version (SpiVersion.CURRENT raised), rebuild from that release's commit:
#   product-spi/src/baseline/rebuild-baseline.sh <commit> <spi-version>
# and set spi.baseline.version in product-spi/pom.xml.
set -eu
commit=${1:-b9a8cea}
version=${2:-1.1.0}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
git -C "$here" archive "$commit" product-spi/src/main/java | tar -x -C "$work"
mkdir "$work/classes"
javac --release 17 -d "$work/classes" $(find "$work/product-spi/src/main/java" -name '*.java')
(cd "$work/classes" && find . -exec touch -d 2026-12-05T00:00:00Z {} +)
jar --create --file "$here/product-spi-$version.jar" --date=2026-12-05T00:00:00Z -C "$work/classes" .
rm -rf "$work"
sha256sum "$here/product-spi-$version.jar"
