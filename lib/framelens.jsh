// framelens JShell kit: imports and a hint. Loaded by lib/jshell.sh.
import org.framelens.*;
import org.framelens.report.*;
import org.framelens.lexicon.*;
import org.framelens.text.*;

System.out.println("framelens ready. Try:  Framelens.analyze(Framelens.demoArticle(\"en\"))");
