package app.dealbrief.store;

import app.dealbrief.domain.DealBriefException;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The key an encrypted store is opened with. H2's own CIPHER derives its file key from the password with
 * only a handful of PBKDF2 rounds, so H2 never sees the passphrase: we derive a 256-bit key with
 * PBKDF2-SHA256 (600,000 iterations, OWASP's 2023 figure) and a random salt kept beside the store, and hand
 * H2 that key. A check value (an HMAC under the key) tells a wrong passphrase apart before H2 is touched.
 */
public final class StoreKey {
    static final String FILE = "key.properties";
    public static final int ITERATIONS = 600_000;
    private static final String CHECK_LABEL = "dealbrief-store-key-check";

    private final String hex;

    private StoreKey(byte[] key) {
        this.hex = HexFormat.of().formatHex(key);
        Arrays.fill(key, (byte) 0);
    }

    /** The file password H2 expects for CIPHER=AES. */
    String filePassword() {
        return hex;
    }

    public static boolean isEncrypted(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve("db").resolve(FILE));
    }

    /** Derives the key from the passphrase and checks it against the stored check value. */
    public static StoreKey unlock(Path dataDir, char[] passphrase) {
        Properties p = read(dataDir.resolve("db").resolve(FILE));
        byte[] salt = decode(p, "salt");
        int iterations = Integer.parseInt(p.getProperty("iterations", String.valueOf(ITERATIONS)));
        byte[] key = derive(passphrase, salt, iterations);
        byte[] expected = decode(p, "check");
        if (!MessageDigest.isEqual(expected, check(key))) {
            Arrays.fill(key, (byte) 0);
            throw new WrongPassphraseException();
        }
        return new StoreKey(key);
    }

    /** A fresh key (new salt) for a passphrase; {@link #save} writes its salt and check value. */
    static Fresh create(char[] passphrase) {
        if (passphrase == null || passphrase.length < 8) {
            throw new DealBriefException("The passphrase must have at least 8 characters.");
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] key = derive(passphrase, salt, ITERATIONS);
        Properties p = new Properties();
        p.setProperty("kdf", "PBKDF2WithHmacSHA256");
        p.setProperty("iterations", String.valueOf(ITERATIONS));
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        p.setProperty("check", Base64.getEncoder().encodeToString(check(key)));
        return new Fresh(new StoreKey(key), p);
    }

    record Fresh(StoreKey key, Properties file) {
        void save(Path folder) {
            Path target = folder.resolve(FILE);
            Path tmp = folder.resolve(FILE + ".new");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                file.store(w, "DealBrief store key parameters (no secret here)");
            } catch (IOException e) {
                throw new DealBriefException("Cannot write " + target + ": " + e.getMessage(), e);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new DealBriefException("Cannot write " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /** Thrown when the passphrase does not open the store; nothing was touched. */
    public static final class WrongPassphraseException extends DealBriefException {
        private static final long serialVersionUID = 1L;

        WrongPassphraseException() {
            super("Wrong passphrase: the store was not opened and nothing was changed.");
        }
    }

    private static byte[] derive(char[] passphrase, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] check(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(CHECK_LABEL.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new DealBriefException("Cannot read the key parameters " + file + ": " + e.getMessage(), e);
        }
        return p;
    }

    private static byte[] decode(Properties p, String field) {
        String v = p.getProperty(field);
        if (v == null) {
            throw new DealBriefException("The key parameters lack the field '" + field + "'");
        }
        try {
            return Base64.getDecoder().decode(v.trim());
        } catch (IllegalArgumentException e) {
            throw new DealBriefException("The key parameters field '" + field + "' is not base64", e);
        }
    }
}
