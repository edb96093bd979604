from django.contrib.auth.hashers import Argon2PasswordHasher


class PeerHavenArgon2PasswordHasher(Argon2PasswordHasher):
    """argon2id with 46 MiB of memory, one pass, one lane (OWASP's first option).

    It keeps Django's algorithm name, so a hash made with other parameters is
    still checked and is upgraded to these at the next login.
    """

    algorithm = "argon2"
    memory_cost = 47_104  # KiB
    time_cost = 1
    parallelism = 1
