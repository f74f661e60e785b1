/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How `livsskisse-cli bench` measures a whole process: this small program
 * runs PROGRAM with its output thrown away, waits for it and prints
 *   MICROSECONDS PEAK_KB STATUS
 * (its wall time from the fork to its end, its peak resident memory and
 * its wait status). The bench cannot take the peak itself: Linux counts in
 * a child's ru_maxrss the memory of the process it was forked from, as it
 * was at the fork, and the bench holds a whole caseload's worth (193 MB on
 * 100 000 persons were reported for the import and xmllint alike); forked
 * from this program, a child starts from well under a megabyte.
 *   ls-bench-measure PROGRAM [ARGUMENT…] */
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int
main (int   argc,
      char *argv[])
{
  struct timespec start, end;
  struct rusage usage;
  int status = 0;
  pid_t pid;

  if (argc < 2)
    {
      fprintf (stderr, "usage: ls-bench-measure PROGRAM [ARGUMENT…]\n");
      return 2;
    }
  fflush (stdout);
  clock_gettime (CLOCK_MONOTONIC, &start);
  pid = fork ();
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      /* Its output must never reach the bench, which reads ours. */
      if (null < 0 || dup2 (null, STDOUT_FILENO) < 0 || dup2 (null, STDERR_FILENO) < 0)
        _exit (126);
      close (null);
      execv (argv[1], argv + 1);
      _exit (127);
    }
  if (pid < 0 || wait4 (pid, &status, 0, &usage) < 0)
    {
      perror ("ls-bench-measure");
      return 1;
    }
  clock_gettime (CLOCK_MONOTONIC, &end);
  printf ("%lld %ld %d\n",
          (long long) (end.tv_sec - start.tv_sec) * 1000000 + (end.tv_nsec - start.tv_nsec) / 1000,
          usage.ru_maxrss, status);
  return 0;
}
