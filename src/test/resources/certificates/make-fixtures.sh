#!/usr/bin/env bash
# Makes the test certificates, the oracle files beside them and the key stores that hold them.
#
# The tests never run openssl: they read what this script left here, committed. Run it again only to change the
# fixtures (keys are random, so every fingerprint changes), then commit everything it writes:
#
#     bash src/test/resources/certificates/make-fixtures.sh
#
# Made with OpenSSL 3.0 (which has no `x509 -not_before`, so every certificate is issued with `openssl ca`, whose
# -startdate/-enddate set the validity exactly) and the JDK's keytool. Key store password: changeit.
#
# Certificates (NAME.pem):
#   test-ca           EC P-256, self-signed CA "Conference Help Test CA", issues the two below
#   example-org-rsa   RSA 2048, self-signed, CN example.org, SAN example.org and *.example.org, valid until 2050
#   conference-ec     EC P-256, issued by test-ca, CN and SAN conference.example.org only
#   expired-ec        EC P-256, issued by test-ca, CN and SAN example.org, expired on 2020-01-01
#   other-test        EC P-256, self-signed, CN and SAN other.test (covers none of the page's names)
#   cn-only           EC P-384, self-signed, CN example.org and no subjectAltName at all
#   issuer-twin       EC P-256, issued by test-ca with test-ca's own name as subject: subject = issuer, yet not
#                     self-signed (its own key does not verify its signature)
#
# Beside each certificate, exactly what openssl printed:
#   NAME.sha1.txt          openssl x509 -noout -fingerprint -sha1
#   NAME.sha256.txt        openssl x509 -noout -fingerprint -sha256
#   NAME.txt               openssl x509 -noout -nameopt RFC2253 -subject -issuer -dates -text
#   NAME.spki-hex.txt      openssl x509 -noout -pubkey | openssl pkey -pubin -outform DER
#                            | openssl dgst -sha256 -binary | xxd -p -c 64
#   NAME.spki-base64.txt   the same digest | base64
#   NAME.verify-self.txt   openssl verify -no_check_time -CAfile NAME.pem NAME.pem  (": OK" only if self-signed)
#
# Key stores (password changeit):
#   client.p12        PKCS12 (openssl pkcs12, merged with keytool): key entries "example.org" (example-org-rsa)
#                     and "conference" (conference-ec, chain leaf then test-ca)
#   server.jks        JKS (keytool): key entries "example.org" (the same example-org-rsa) and "expired"
#                     (expired-ec), and a trusted-cert entry "test-ca"
#   others.p12        PKCS12: key entries "other" (other-test) and "cn-only" (cn-only)
#   empty.p12         PKCS12 without any entry (keytool: one made, then deleted)
#   trusted-only.jks  JKS with only the trusted-cert entry "test-ca", no key entry
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pass=changeit

cat > "$work/ca.cnf" <<EOF
[ ca ]
default_ca = test_ca

[ test_ca ]
dir             = $work
database        = \$dir/index.txt
new_certs_dir   = \$dir/issued
serial          = \$dir/serial
default_md      = sha256
policy          = any_name
unique_subject  = no
copy_extensions = none
email_in_dn     = no

[ any_name ]
organizationName = optional
commonName       = supplied

[ req ]
distinguished_name = req_name
prompt             = no

[ req_name ]

[ ext_ca ]
basicConstraints       = critical, CA:true, pathlen:0
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
EOF

# leaf SECTION KEY_USAGE EXTENDED_KEY_USAGE SAN [issued]: an end-entity extension section of ca.cnf, without a
# subjectAltName when SAN is empty; "issued" (by test-ca) adds the authority key identifier.
leaf() {
    local section=$1 key_usage=$2 extended_key_usage=$3 san=$4 issued=${5:-}
    printf '\n[ %s ]\n' "$section"
    echo "basicConstraints       = critical, CA:false"
    echo "keyUsage               = critical, $key_usage"
    echo "extendedKeyUsage       = $extended_key_usage"
    [[ -z $san ]] || echo "subjectAltName         = $san"
    echo "subjectKeyIdentifier   = hash"
    [[ -z $issued ]] || echo "authorityKeyIdentifier = keyid:always"
}
{
    leaf ext_example_org "digitalSignature, keyEncipherment" "serverAuth, clientAuth" \
        "DNS:example.org, DNS:*.example.org"
    leaf ext_conference  digitalSignature "serverAuth, clientAuth" DNS:conference.example.org issued
    leaf ext_expired     digitalSignature "serverAuth, clientAuth" DNS:example.org            issued
    leaf ext_other       digitalSignature serverAuth               DNS:other.test
    leaf ext_twin        digitalSignature serverAuth               DNS:twin.example.org       issued
    leaf ext_cn_only     digitalSignature serverAuth               ""
} >> "$work/ca.cnf"
mkdir "$work/issued"
touch "$work/index.txt"
echo 1000 > "$work/serial"

# issue NAME KEYSPEC SUBJECT EXTENSIONS START END [CA]  (without CA: self-signed)
issue() {
    local name=$1 keyspec=$2 subject=$3 extensions=$4 start=$5 end=$6 ca=${7:-}
    case $keyspec in
        rsa2048) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/$name.key" 2>/dev/null ;;
        p256)    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/$name.key" ;;
        p384)    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out "$work/$name.key" ;;
    esac
    openssl req -new -config "$work/ca.cnf" -key "$work/$name.key" -subj "$subject" -out "$work/$name.csr"
    if [[ -z $ca ]]; then
        openssl ca -batch -config "$work/ca.cnf" -selfsign -preserveDN -keyfile "$work/$name.key" -in "$work/$name.csr" \
            -extensions "$extensions" -startdate "$start" -enddate "$end" -notext -out "$here/$name.pem" 2>/dev/null
    else
        openssl ca -batch -config "$work/ca.cnf" -preserveDN -cert "$here/$ca.pem" -keyfile "$work/$ca.key" \
            -in "$work/$name.csr" -extensions "$extensions" -startdate "$start" -enddate "$end" -notext \
            -out "$here/$name.pem" 2>/dev/null
    fi
    # The PEM alone, without the text openssl ca puts before it.
    openssl x509 -in "$here/$name.pem" -out "$here/$name.pem"
}

# The oracle: what openssl itself says about NAME.pem.
describe() {
    local name=$1 pem="$here/$1.pem"
    openssl x509 -in "$pem" -noout -fingerprint -sha1 > "$here/$name.sha1.txt"
    openssl x509 -in "$pem" -noout -fingerprint -sha256 > "$here/$name.sha256.txt"
    openssl x509 -in "$pem" -noout -nameopt RFC2253 -subject -issuer -dates -text > "$here/$name.txt"
    openssl x509 -in "$pem" -noout -pubkey | openssl pkey -pubin -outform DER | openssl dgst -sha256 -binary \
        | xxd -p -c 64 > "$here/$name.spki-hex.txt"
    openssl x509 -in "$pem" -noout -pubkey | openssl pkey -pubin -outform DER | openssl dgst -sha256 -binary \
        | base64 > "$here/$name.spki-base64.txt"
    (cd "$here" && openssl verify -no_check_time -CAfile "$name.pem" "$name.pem" > "$name.verify-self.txt" 2>&1 || true)
}

issue test-ca         p256    "/O=Conference Help Tests/CN=Conference Help Test CA" ext_ca \
      20250101000000Z 20550101000000Z
issue example-org-rsa rsa2048 "/O=Example/CN=example.org" ext_example_org \
      20250601000000Z 20500601000000Z
issue conference-ec   p256    "/CN=conference.example.org" ext_conference \
      20250601000000Z 20470601000000Z test-ca
issue expired-ec      p256    "/CN=example.org" ext_expired \
      20190101000000Z 20200101000000Z test-ca
issue other-test      p256    "/CN=other.test" ext_other \
      20250601000000Z 20450601000000Z
issue cn-only         p384    "/CN=example.org" ext_cn_only \
      20250601000000Z 20450601000000Z
issue issuer-twin     p256    "/O=Conference Help Tests/CN=Conference Help Test CA" ext_twin \
      20250601000000Z 20450601000000Z test-ca
for name in test-ca example-org-rsa conference-ec expired-ec other-test cn-only issuer-twin; do
    describe "$name"
done

# pkcs12 ALIAS NAME [CHAIN]: a one-entry PKCS12 store in $work/ALIAS.p12
pkcs12() {
    local alias=$1 name=$2 chain=${3:-}
    openssl pkcs12 -export -name "$alias" -inkey "$work/$name.key" -in "$here/$name.pem" \
        ${chain:+-certfile "$here/$chain.pem"} -passout "pass:$pass" -out "$work/$alias.p12"
}
# merge ALIAS TARGET TYPE: copies the one entry of $work/ALIAS.p12 into TARGET
merge() {
    keytool -importkeystore -noprompt -srckeystore "$work/$1.p12" -srcstoretype PKCS12 -srcstorepass "$pass" \
        -srcalias "$1" -destkeystore "$2" -deststoretype "$3" -deststorepass "$pass" -destkeypass "$pass" \
        > /dev/null 2>&1
}

rm -f "$here"/*.p12 "$here"/*.jks
pkcs12 example.org example-org-rsa
pkcs12 conference conference-ec test-ca
pkcs12 expired expired-ec test-ca
pkcs12 other other-test
pkcs12 cn-only cn-only

merge example.org "$here/client.p12" PKCS12
merge conference "$here/client.p12" PKCS12

merge example.org "$here/server.jks" JKS
merge expired "$here/server.jks" JKS
keytool -importcert -noprompt -alias test-ca -file "$here/test-ca.pem" -keystore "$here/server.jks" \
    -storetype JKS -storepass "$pass" > /dev/null 2>&1

merge other "$here/others.p12" PKCS12
merge cn-only "$here/others.p12" PKCS12

keytool -genkeypair -alias doomed -keyalg EC -groupname secp256r1 -dname CN=doomed -validity 1 \
    -keystore "$here/empty.p12" -storetype PKCS12 -storepass "$pass" > /dev/null 2>&1
keytool -delete -alias doomed -keystore "$here/empty.p12" -storetype PKCS12 -storepass "$pass"

keytool -importcert -noprompt -alias test-ca -file "$here/test-ca.pem" -keystore "$here/trusted-only.jks" \
    -storetype JKS -storepass "$pass" > /dev/null 2>&1

# What each store holds, as keytool lists it (for the reader; the tests read the stores themselves).
for store in client.p12 server.jks others.p12 empty.p12 trusted-only.jks; do
    keytool -list -keystore "$here/$store" -storepass "$pass" 2>/dev/null \
        | grep -vE '^(Keystore type|Keystore provider|Warning|The JKS keystore|$)' > "$here/$store.list.txt" || true
done
echo "Fixtures written to $here"
