import SchoolNetBench

BenchCommand.main()
