/** Accounts, roles, scopes, sign-in, sign-in throttling and personal access tokens. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "wilayah", "gerai"})
package id.gerai.akun;
