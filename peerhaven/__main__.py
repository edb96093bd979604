from peerhaven.cli import main

main()
