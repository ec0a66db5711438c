/* The C side of mailslot-capi-bench: write and read loops through libmailslot's Win32 API only. */
#ifndef CAPIBENCHLOOP_H
#define CAPIBENCHLOOP_H

#include <mailslot/win32.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Opens name with CreateFile and writes count messages of size bytes (size >= 8: the first 8
 * carry the sequence number). Returns how many WriteFile calls succeeded. */
long long capiWriteLoop(const char *name, long long count, unsigned size);
/* Reads count messages from a server handle; returns how many arrived, in order. */
long long capiReadLoop(HANDLE server, long long count);

#ifdef __cplusplus
}
#endif

#endif
