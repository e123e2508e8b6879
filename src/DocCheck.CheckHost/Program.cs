using System.Text;
using DocCheck.CheckHost;
using DocCheck.Pipeline;

// Requests on standard input, replies on standard output; anything else the engine might print goes to standard error
// so that it can never be read as a reply.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var replies = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false };
Console.SetOut(Console.Error);
using var requests = new StreamReader(Console.OpenStandardInput(), utf8);
return new CheckHostLoop(DocChecker.Default, TestFaults.FromEnvironment()).Run(requests, replies);
