# Shared by the bench scripts (sourced, not run): signing in with curl as a browser would.
# Needs curl and python3; TOTP_SECRET (the demo staff's second-factor secret) may be overridden.
TOTP_SECRET=${TOTP_SECRET:-ICPDEMOSECRETFORSTAFFXXICPDEMOXX}

# token < page: the CSRF token of the first form on the page
token() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }

# totp: the current six-digit code for TOTP_SECRET (RFC 6238: SHA-1, 30 s steps)
totp() {
  python3 - "$TOTP_SECRET" << 'PY'
import base64, hashlib, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1])
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
offset = digest[-1] & 0x0F
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
}

# sign_in BASE USER PASSWORD COOKIE-JAR PAGE: signs in, answers the second factor when PAGE leads to
# it, and fails (calling the script's fail) unless PAGE then answers 200
sign_in() {
  local base=$1 jar=$4 t where
  rm -f "$jar"
  t=$(curl -s -c "$jar" -b "$jar" "$base/login" | token)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$2" --data-urlencode "password=$3" \
    --data-urlencode "_csrf=$t" "$base/login"
  where=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" "$base$5")
  if [[ "$where" == *"/login/second-factor"* ]]; then
    t=$(curl -s -c "$jar" -b "$jar" "$base/login/second-factor" | token)
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$(totp)" --data-urlencode "_csrf=$t" \
      "$base/login/second-factor"
  fi
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base$5")" = 200 ] || fail "$2 does not reach $5 on $base"
}

# cookie JAR: the session cookie of a curl cookie jar, as a Cookie header value
cookie() { awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$1"; }
