#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks ReleaseDesk against SQLCipher 4, which Debian 12 does not ship: builds SQLCipher 4 from
# the amalgamation published in the npm package @journeyapps/sqlcipher (OpenSSL crypto), builds
# ReleaseDesk against it, runs the whole test suite, and moves stores both ways between the
# 3.x and 4.x builds. Not part of the default test run (it needs npm and takes ~10 minutes).
#
#   bash tests/compat/sqlcipher4-check.sh [WORK_DIR]
#
# Expects the normal build in ./build (bash installer/setup.sh test makes it).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-${TMPDIR:-/tmp}/releasedesk-sqlcipher4}
package=@journeyapps/sqlcipher@6.0.0
mkdir -p "$work"
cd "$work"

need=()
command -v npm >/dev/null || need+=(npm)
dpkg-query -W -f='${Status}' libssl-dev 2>/dev/null | grep -q 'ok installed' || need+=(libssl-dev)
if [ ${#need[@]} -gt 0 ]; then
    sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y "${need[@]}"
fi

if [ ! -f prefix/lib/libsqlcipher.so ]; then
    rm -rf package ./*.tgz
    npm pack "$package" >/dev/null
    tar xzf ./*.tgz
    src=package/deps/sqlcipher-amalgamation
    mkdir -p prefix/lib/pkgconfig prefix/include/sqlcipher
    cp "$src/sqlite3.h" "$src/sqlite3ext.h" prefix/include/sqlcipher/
    echo "building SQLCipher $(grep -m1 -o 'CIPHER_VERSION_NUMBER [0-9.]*' "$src/sqlite3.c" | cut -d' ' -f2)"
    gcc -O2 -fPIC -shared -o prefix/lib/libsqlcipher.so -D_GNU_SOURCE -include stdint.h \
        -DSQLITE_HAS_CODEC -DSQLCIPHER_CRYPTO_OPENSSL -DSQLITE_THREADSAFE=1 -DSQLITE_TEMP_STORE=2 \
        -DSQLITE_EXTRA_INIT=sqlcipher_extra_init -DSQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown \
        -DHAVE_USLEEP=1 "$src/sqlite3.c" -lcrypto -lpthread -ldl
    cat > prefix/lib/pkgconfig/sqlcipher.pc <<PC
prefix=$work/prefix
Name: SQLCipher
Description: SQLCipher 4 for the compatibility check
Version: 4
Libs: -L\${prefix}/lib -Wl,-rpath,\${prefix}/lib -lsqlcipher
Cflags: -I\${prefix}/include/sqlcipher
PC
fi

PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig" cmake -S "$here" -B "$work/build" -G Ninja \
    -DRELEASEDESK_WERROR=ON >/dev/null
cmake --build "$work/build"
"$work/build/releasedesk" --version
(cd "$work/build" && ctest --output-on-failure -j2)

echo "moving stores between the SQLCipher 3 and 4 builds"
b3="$here/build/releasedesk"
b4="$work/build/releasedesk"
[ -x "$b3" ] || { echo "no $b3: build the project first (bash installer/setup.sh test)"; exit 1; }
export RELEASEDESK_TESTING_MINIMUM_KDF=1
rm -rf "$work/made-by-3" "$work/made-by-4"
printf 'correct-horse-battery\n' | "$b3" init "$work/made-by-3" --admin alice --full-name A --person-id P-1 --password-stdin >/dev/null
printf 'correct-horse-battery\n' | "$b4" init "$work/made-by-4" --admin alice --full-name A --person-id P-1 --password-stdin >/dev/null
for pair in "$b4 made-by-3" "$b3 made-by-4" "$b3 made-by-3" "$b4 made-by-4"; do
    set -- $pair
    printf 'correct-horse-battery\n' | "$1" verify "$work/$2" --user alice --password-stdin 2>/dev/null
done
echo "SQLCipher 4 check passed"
