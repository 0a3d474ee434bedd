import SchoolNetCLI
import SchoolNetIO

AtomicFile.removeUnfinishedFilesOnInterrupt()

SchoolNetCommand.main()
