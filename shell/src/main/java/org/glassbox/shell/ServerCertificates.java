package org.glassbox.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.net.ssl.SSLContext;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/**
 * The certificates of {@code glassbox serve --tls}: a certificate authority, "Glassbox serve
 * CA", made afresh at every start, and a certificate for localhost, 127.0.0.1 and ::1 signed by
 * it. A client that trusts the CA's certificate checks the server just as it checks a real
 * site (RFC 8446 §4.4.2, RFC 9110 §4.3.4); a client that does not refuses the handshake.
 */
final class ServerCertificates {

    private final HeldCertificate authority;
    private final HandshakeCertificates handshake;

    private ServerCertificates(HeldCertificate authority, HandshakeCertificates handshake) {
        this.authority = authority;
        this.handshake = handshake;
    }

    /** A new CA and a server certificate signed by it, both valid for a day. */
    static ServerCertificates create() {
        HeldCertificate authority = new HeldCertificate.Builder()
                .commonName("Glassbox serve CA").certificateAuthority(0).build();
        HeldCertificate server = new HeldCertificate.Builder().commonName("localhost")
                .addSubjectAlternativeName("localhost").addSubjectAlternativeName("127.0.0.1")
                .addSubjectAlternativeName("::1").signedBy(authority).build();
        // The server sends its chain, its own certificate and then the CA's (RFC 8446 §4.4.2).
        return new ServerCertificates(authority,
                new HandshakeCertificates.Builder().heldCertificate(server, authority.certificate()).build());
    }

    /** The TLS context the server handshakes with. */
    SSLContext sslContext() {
        return handshake.sslContext();
    }

    /** Writes the CA's certificate as PEM: the file a client is given to trust. */
    void writeAuthorityPem(Path file) throws IOException {
        Files.writeString(file, authority.certificatePem());
    }
}
