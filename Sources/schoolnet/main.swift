import SchoolNetCLI

SchoolNetCommand.main()
