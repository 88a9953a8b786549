/**
 * In-app notifications and their email: stores one notification per recipient of a shared
 * Pemberitahuan event once the sender's transaction commits, shows each user their own with an
 * unread count, and mails them when SMTP is configured and the user asked for it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "akun"})
package id.gerai.notifikasi;
