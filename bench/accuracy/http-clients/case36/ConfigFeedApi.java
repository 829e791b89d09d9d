// Retrofit interface of the configuration server's change feed.
package httpclients.case36;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

public interface ConfigFeedApi {

    @GET("changes")
    Call<ResponseBody> changesSince(@Query("version") long version, @Query("wait") boolean wait);
}
